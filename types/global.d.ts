/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
  }
}

/** The API's origin for the mini-program build, from the API_BASE variable at build time. */
declare const API_BASE: string

/** True in a weapp built by `npm run release:weapp` (API_BASE checked: https, a public domain). */
declare const RELEASE_BUILD: boolean
