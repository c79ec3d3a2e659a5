import { describe, expect, it } from 'vitest';
import { canonicalProperties, defineModel } from './defineModel.ts';
import { defaultModel, ORDER_STATUSES } from './model.ts';
import { keyOf } from './modelTypes.ts';
import { createSchemaSql, createTableSql } from './schema.ts';

describe('defaultModel', () => {
  it('declares the DESIGN.md §3 entity types, DbSets and tables', () => {
    expect(defaultModel.contextName).toBe('AppDb');
    expect(defaultModel.entityTypes.map((e) => [e.name, e.dbSet, e.table])).toEqual([
      ['Customer', 'Customers', 'Customers'],
      ['Order', 'Orders', 'Orders'],
      ['Invoice', 'Invoices', 'Invoices'],
      ['Ticket', 'Tickets', 'Tickets'],
      ['AuditEntry', 'AuditLog', 'AuditLog'],
      ['User', 'Users', 'Users'],
    ]);
    for (const e of defaultModel.entityTypes) {
      // EF Core convention: int keys are ValueGeneratedOnAdd.
      expect(keyOf(e)).toMatchObject({ name: 'Id', type: 'int', storeGenerated: true });
    }
  });

  it('seeds 50/200/100/60/0/10 rows with explicit ids', () => {
    const counts = Object.fromEntries(Object.entries(defaultModel.seed).map(([k, rows]) => [k, rows.length]));
    expect(counts).toEqual({ Customer: 50, Order: 200, Invoice: 100, Ticket: 60, AuditEntry: 0, User: 10 });
    for (const rows of Object.values(defaultModel.seed)) rows.forEach((r, i) => expect(r.Id).toBe(i + 1));
  });

  it('gives every customer exactly 4 orders with known statuses', () => {
    const perCustomer = new Map<unknown, number>();
    for (const o of defaultModel.seed.Order) {
      perCustomer.set(o.CustomerId, (perCustomer.get(o.CustomerId) ?? 0) + 1);
      expect(ORDER_STATUSES).toContain(o.Status);
      expect(typeof o.Total).toBe('number');
    }
    expect(perCustomer.size).toBe(50);
    expect([...perCustomer.values()].every((n) => n === 4)).toBe(true);
    expect(defaultModel.seed.Order[0]).toEqual({ Id: 1, CustomerId: 1, Total: 102.5, Status: 'Pending' });
    expect(defaultModel.seed.Customer[6]).toEqual({
      Id: 7,
      Name: 'Customer 7',
      Email: 'customer7@example.com',
    });
  });

  it('lists columns key first, then alphabetically (EF Core projection order)', () => {
    const order = defaultModel.entityTypes.find((e) => e.name === 'Order')!;
    expect(canonicalProperties(order).map((p) => p.name)).toEqual(['Id', 'CustomerId', 'Status', 'Total']);
  });
});

describe('defineModel', () => {
  it('applies conventions and options', () => {
    const model = defineModel({
      entities: [
        {
          name: 'Product',
          dbSet: 'Products',
          properties: { Name: 'string', Id: 'int', Version: { type: 'int', concurrencyToken: true } },
        },
        {
          name: 'Tag',
          dbSet: 'Tags',
          key: 'Code',
          properties: { Code: 'string', Note: { type: 'string', nullable: true } },
        },
      ],
      seed: { Product: [{ Id: 1, Name: 'Unicorn Party Pack', Version: 1 }] },
    });
    const [product, tag] = model.entityTypes;
    expect(model.contextName).toBe('AppDb');
    expect(product.properties[0]).toMatchObject({ name: 'Id', isKey: true, storeGenerated: true });
    expect(product.properties.find((p) => p.name === 'Version')).toMatchObject({
      isConcurrencyToken: true,
      nullable: false,
    });
    expect(keyOf(tag).name).toBe('Code');
    expect(keyOf(tag).storeGenerated).toBeUndefined();
    expect(tag.properties[1]).toMatchObject({ name: 'Note', nullable: true });
  });

  it('rejects seed rows that do not fit the model', () => {
    expect(() =>
      defineModel({ entities: [{ name: 'A', dbSet: 'As', properties: { Id: 'int' } }], seed: { B: [] } }),
    ).toThrow(/unknown entity type 'B'/);
    expect(() =>
      defineModel({
        entities: [{ name: 'A', dbSet: 'As', properties: { Id: 'int' } }],
        seed: { A: [{ Id: 1, X: 2 }] },
      }),
    ).toThrow(/unknown property 'X'/);
    expect(() =>
      defineModel({ entities: [{ name: 'A', dbSet: 'As', properties: { Name: 'string' } }] }),
    ).toThrow(/no key property 'Id'/);
  });
});

describe('schema', () => {
  it('writes EF Core migration-style DDL for SQLite', () => {
    const [customers] = createSchemaSql(defaultModel);
    expect(customers).toBe(
      'CREATE TABLE "Customers" (\n' +
        '    "Id" INTEGER NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY AUTOINCREMENT,\n' +
        '    "Name" TEXT NOT NULL,\n' +
        '    "Email" TEXT NOT NULL\n' +
        ');',
    );
    const users = defaultModel.entityTypes.find((e) => e.name === 'User')!;
    expect(createTableSql(users)).toContain('"LastLogin" TEXT NULL');
    const tickets = defaultModel.entityTypes.find((e) => e.name === 'Ticket')!;
    expect(createTableSql(tickets)).toContain('"IsOpen" INTEGER NOT NULL');
  });

  it('declares a non-generated key as a table constraint', () => {
    const model = defineModel({
      entities: [
        {
          name: 'P',
          dbSet: 'Ps',
          properties: { Id: { type: 'int', storeGenerated: false }, Name: 'string' },
        },
      ],
    });
    expect(createTableSql(model.entityTypes[0])).toBe(
      'CREATE TABLE "Ps" (\n    "Id" INTEGER NOT NULL,\n    "Name" TEXT NOT NULL,\n    CONSTRAINT "PK_Ps" PRIMARY KEY ("Id")\n);',
    );
  });
});
