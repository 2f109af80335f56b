// H5 only (config/index.ts): stands in for '@tarojs/components/dist/components' in the app entry
// Taro generates, which imports it only to define the pull-down-refresh element at start. That
// import brings Stencil's runtime (8 KB brotli) to the first screen, where nothing else needs it:
// the home page draws plain elements (src/components/primitives.h5.ts). No page enables pull-down
// refresh; config/index.ts keeps Taro's import when one does. Every other importer of Taro's
// component module (the pages, through @tarojs/components) still gets the real one.
export function defineCustomElementTaroPullToRefreshCore() {}
