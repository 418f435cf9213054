import { Route, Routes } from '@angular/router';

/**
 * Imports the code of every route marked `data: { preload: true }` — looking inside plain
 * containers and inside what a marked route loads — without activating anything. A failure is left
 * for the router to meet, and report, when the route is opened.
 */
export async function warmUpRoutes(routes: Routes): Promise<void> {
  await Promise.all(routes.map(warmUpRoute));
}

async function warmUpRoute(route: Route): Promise<void> {
  if (route.data?.['preload'] !== true) {
    await warmUpRoutes(route.children ?? []);
    return;
  }
  try {
    const [children] = await Promise.all([loadedChildren(route), route.loadComponent?.()]);
    await warmUpRoutes(children ?? route.children ?? []);
  } catch {
    // Nothing is lost: the route loads its code when it is opened.
  }
}

async function loadedChildren(route: Route): Promise<Routes | undefined> {
  if (!route.loadChildren) return undefined;
  const loaded: unknown = await route.loadChildren();
  const routes = loaded && typeof loaded === 'object' && 'default' in loaded ? loaded.default : loaded;
  return Array.isArray(routes) ? routes : undefined;
}
