import path from 'node:path'

/**
 * The weapp build the boot, compiler and simulator tests read: `dist/weapp` (npm run build:weapp,
 * npm start), or the folder `WEAPP_DIST` names, relative to the repository (npm test points it at
 * the release build, dist/weapp-release, with WEAPP_RELEASE=1 and its API_BASE).
 */
export const WEAPP_DIST = path.resolve(__dirname, '..', process.env.WEAPP_DIST ?? 'dist/weapp')
