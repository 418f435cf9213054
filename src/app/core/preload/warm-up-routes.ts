import { Route, Routes } from '@angular/router';

/** Which routes to load, among those met on the way down. */
type Wanted = (route: Route) => boolean;

const markedForPreload: Wanted = (route) => route.data?.['preload'] === true;

/**
 * Imports the code of every route marked `data: { preload: true }` — looking inside plain
 * containers and inside what a marked route loads — without activating anything. A failure is left
 * for the router to meet, and report, when the route is opened.
 */
export async function warmUpRoutes(routes: Routes, wanted: Wanted = markedForPreload): Promise<void> {
  await Promise.all(routes.map((route) => warmUpRoute(route, wanted)));
}

/**
 * Imports the code a link to `url` (an app path such as "/trends?range=90d") will need: its
 * top-level route and the landing page inside it, the one with an empty path.
 */
export async function warmUpLink(routes: Routes, url: string): Promise<void> {
  const first = firstSegment(url);
  const route = routes.find((candidate) => candidate.path === first);
  if (route) await warmUpRoute(route, (candidate) => candidate === route || candidate.path === '');
}

/** "/trends?range=90d" → "trends"; "/" → "". */
export function firstSegment(url: string): string {
  return url.replace(/^\//, '').split(/[/?#]/)[0] ?? '';
}

async function warmUpRoute(route: Route, wanted: Wanted): Promise<void> {
  if (!wanted(route)) {
    await warmUpRoutes(route.children ?? [], wanted);
    return;
  }
  try {
    const [children] = await Promise.all([loadedChildren(route), route.loadComponent?.()]);
    await warmUpRoutes(children ?? route.children ?? [], wanted);
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
