/** H5: NutUI's icons keep their default `<i>` (see nutui-icons.ts); nothing to configure. */
export function configureNutuiIcons(): void {}
