import { Routes } from '@angular/router';
import { warmUpRoutes } from './warm-up-routes';

describe('warmUpRoutes', () => {
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
