import { Routes } from '@angular/router';
import { firstSegment, warmUpLink, warmUpRoutes } from './warm-up-routes';

describe('route warm-up', () => {
  class Page {}
  let loaded: string[];
  const component = (name: string) => () => {
    loaded.push(name);
    return Promise.resolve(Page);
  };
  const children = (name: string, routes: Routes) => () => {
    loaded.push(name);
    return Promise.resolve({ default: routes });
  };

  beforeEach(() => (loaded = []));

  describe('warmUpRoutes', () => {
    it('loads marked routes and the marked pages inside what they load, and nothing else', async () => {
      await warmUpRoutes([
        { path: '', loadChildren: children('today', []) },
        {
          path: 'trends',
          data: { preload: true },
          loadChildren: children('trends routes', [
            {
              path: '',
              children: [
                { path: '', data: { preload: true }, loadComponent: component('trends page') },
                { path: 'print', loadComponent: component('print page') },
              ],
            },
          ]),
        },
        { path: 'help', loadChildren: children('help', []) },
        { path: 'more', data: { preload: true }, loadComponent: component('more page') },
      ]);

      expect(loaded.sort()).toEqual(['more page', 'trends page', 'trends routes']);
    });

    it('leaves a route whose code fails to load to the router, and still loads the others', async () => {
      await expectAsync(
        warmUpRoutes([
          { path: 'broken', data: { preload: true }, loadComponent: () => Promise.reject(new Error('offline')) },
          { path: 'journal', data: { preload: true }, loadComponent: component('journal page') },
        ]),
      ).toBeResolved();

      expect(loaded).toEqual(['journal page']);
    });

    it('accepts routes returned without a default export', async () => {
      await warmUpRoutes([
        {
          path: 'assess',
          data: { preload: true },
          loadChildren: () => Promise.resolve([{ path: '', data: { preload: true }, loadComponent: component('assess page') }]),
        },
      ]);

      expect(loaded).toEqual(['assess page']);
    });
  });

  describe('warmUpLink', () => {
    const routes: Routes = [
      { path: '', loadComponent: component('today') },
      {
        path: 'trends',
        loadChildren: children('trends routes', [
          { path: '', loadComponent: component('trends page') },
          { path: 'print', loadComponent: component('print page') },
        ]),
      },
      { path: 'help', loadComponent: component('help page') },
    ];

    it('loads the route a link leads to and its landing page, not the pages beside it or other routes', async () => {
      await warmUpLink(routes, '/trends?range=90d&metric=mood');
      expect(loaded.sort()).toEqual(['trends page', 'trends routes']);
    });

    it('loads nothing for a link to no route', async () => {
      await warmUpLink(routes, '/nowhere');
      expect(loaded).toEqual([]);
    });

    it('reads the first segment of an app path', () => {
      expect(firstSegment('/trends?range=90d')).toBe('trends');
      expect(firstSegment('/assess/who5#top')).toBe('assess');
      expect(firstSegment('/')).toBe('');
    });
  });
});
