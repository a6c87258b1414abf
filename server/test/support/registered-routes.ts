import type { Express } from 'express';

/** What express keeps of a route; only what this walk reads. */
interface Layer {
  slash: boolean;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** `get /v1/leads/{id}` for each route registered on the app, in routers mounted at the root (as app.ts mounts them). */
export function registeredRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) found.push(`${method} ${layer.route.path.replace(/:(\w+)/g, '{$1}')}`);
      } else if (layer.handle.stack) {
        if (!layer.slash) throw new Error('A router is mounted under a path: add its prefix to this walk.');
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return found;
}
