export interface WeappPackage {
  bytes: number
  files: string[]
}
export function weappPackages(dist: string): Record<string, WeappPackage>
export function duplicatedAcrossPackages(packages: Record<string, WeappPackage>): { bytes: number; files: number; total: number; share: number }
