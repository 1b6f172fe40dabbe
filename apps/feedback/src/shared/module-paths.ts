/** A path under the module's mount point (basePath, e.g. /feedback). */
export function modulePath(basePath: string, path = ''): string {
  const base = basePath.replace(/\/+$/, '');
  return path ? `${base}/${path}` : base || '/';
}
