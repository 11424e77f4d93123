import type { Express } from 'express';
import { isObject } from './openapi-operations';

const stackOf = (value: unknown): unknown[] =>
  (typeof value === 'function' || isObject(value)) && 'stack' in value && Array.isArray(value.stack)
    ? value.stack
    : [];

/** "METHOD /path" of every route Express would dispatch to, through mounted routers, excluding the web app's catch-all. */
export function registeredRoutes(app: Express): string[] {
  const routes: string[] = [];
  const visit = (layers: unknown[]) => {
    for (const layer of layers) {
      if (!isObject(layer)) continue;
      const route = layer.route;
      if (isObject(route) && typeof route.path === 'string' && isObject(route.methods)) {
        for (const [method, on] of Object.entries(route.methods))
          if (on === true && method !== '_all') routes.push(`${method.toUpperCase()} ${route.path}`);
      } else visit(stackOf(layer.handle));
    }
  };
  visit(stackOf(app.router));
  return routes.filter((route) => !route.includes('*'));
}
