import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixtureAutoDetect, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import { App } from './app';
import { dropTestDatabase, provideTestDatabase } from './core/db/testing';
import { TendDatabase } from './core/db/tend-database';
import { settingsFeature } from './settings';

describe('App', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore({ initialState: { settings: settingsFeature.reducer(undefined, { type: '@@init' }) } }),
        provideTestDatabase(),
        // No rendering: what asks for the database after the first render (settings) never runs.
        { provide: ComponentFixtureAutoDetect, useValue: false },
      ],
    }),
  );

  afterEach(() => dropTestDatabase());

  it('opens the database at start, before any screen asks for it', async () => {
    const connection = spyOn(TendDatabase.prototype, 'connection').and.callThrough();
    TestBed.createComponent(App);
    for (let i = 0; i < 50 && connection.calls.count() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(connection).toHaveBeenCalled();
    const db = await connection.calls.first().returnValue;
    expect(db.objectStoreNames.contains('checkins')).toBeTrue();
  });
});
