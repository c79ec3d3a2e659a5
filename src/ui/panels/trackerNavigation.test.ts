import { describe, expect, it } from 'vitest';
import { navigationText } from './trackerNavigation.ts';

describe('navigationText', () => {
  it('prints a reference as LongView does, <null> when nothing is there', () => {
    expect(navigationText({ name: 'Customer', kind: 'reference', keys: ['{Id: 3}'] }).text).toBe(
      'Customer: {Id: 3}',
    );
    expect(navigationText({ name: 'Customer', kind: 'reference', keys: [] }).text).toBe('Customer: <null>');
  });

  it('prints a short collection whole, an empty one as []', () => {
    const keys = ['{Id: 1}', '{Id: 2}', '{Id: 3}', '{Id: 4}'];
    expect(navigationText({ name: 'Orders', kind: 'collection', keys }).text).toBe(
      'Orders: [{Id: 1}, {Id: 2}, {Id: 3}, {Id: 4}]',
    );
    expect(navigationText({ name: 'Orders', kind: 'collection', keys: [] }).text).toBe('Orders: []');
  });

  it('shortens a long collection to its first keys and a count; the full list stays available', () => {
    const keys = [1, 2, 3, 4, 5, 6, 7].map((n) => `{Id: ${n}}`);
    const nav = navigationText({ name: 'Orders', kind: 'collection', keys });
    expect(nav.text).toBe('Orders: [{Id: 1}, {Id: 2}, {Id: 3}, … 4 more]');
    expect(nav.full).toBe(`Orders: [${keys.join(', ')}]`);
  });
});
