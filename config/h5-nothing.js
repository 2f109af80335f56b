// H5 only (config/index.ts): an empty module, standing in for an import taken out of Taro's code.
export {}
