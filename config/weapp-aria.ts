import path from 'node:path'
import components from '../src/lib/weapp-aria.json'

/**
 * A Taro build plugin (weapp only, config/index.ts) that gives WeChat's screen reader (读屏) the
 * semantics tappable() sets: Taro 4's weapp templates pass no `aria-*` attribute of a View or
 * Text to the WXML, so without it every `aria-role`/`aria-label` stayed in JavaScript.
 *
 * It adds the attributes of src/lib/weapp-aria.json (`aria-role`, `aria-label`, `aria-checked`,
 * `aria-selected`, `aria-pressed`, `aria-disabled`, `aria-current`, `aria-live`: names from
 * WeChat's aria-component page) to the View and Text templates of base.wxml, and imports
 * src/lib/weapp-aria-runtime.ts into the app, which adds the same attributes to the runtime's list:
 * both sides must agree, because the runtime sends each attribute under a short key (`p7`) counted
 * from that list in alphabetical order. What `@tarojs/plugin-inject`'s `components` option does,
 * without a package published only up to Taro 4.1 (its peers pin @tarojs/shared 4.1.11).
 */
interface TemplateLike {
  mergeComponents: (ctx: unknown, patch: Record<string, Record<string, string>>) => void
}
interface PlatformLike {
  template?: TemplateLike
  runtimePath: string | string[]
}
interface PluginContext {
  registerMethod: (method: { name: string; fn: (platform: PlatformLike) => void }) => void
}

export const WEAPP_ARIA_RUNTIME = path.resolve(__dirname, '..', 'src', 'lib', 'weapp-aria-runtime.ts')

export default function weappAria(ctx: PluginContext): void {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (!platform.template) return
      platform.template.mergeComponents(ctx, components)
      platform.runtimePath = [...(Array.isArray(platform.runtimePath) ? platform.runtimePath : [platform.runtimePath]), WEAPP_ARIA_RUNTIME]
    },
  })
}
