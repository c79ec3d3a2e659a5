/**
 * The default model (DESIGN.md §3, a **contract**): `AppDb` with Customers, Orders, Invoices,
 * Tickets, AuditLog and Users, and its deterministic seed data.
 *
 * Seed values are computed from the row id by fixed formulas (no randomness, no clock), so every
 * run — in Node, in a Worker, today or next year — starts from byte-identical data. Lessons and
 * tests may rely on the exact values below; change a formula only with a note on the issue.
 */
import { defineModel } from './defineModel.ts';
import type { ModelDef } from './modelTypes.ts';

export { defineModel } from './defineModel.ts';
export type { EntitySpec, ModelSpec, PropertySpec } from './defineModel.ts';

/** Order statuses, in the order the seed formula cycles through them. */
export const ORDER_STATUSES = ['Pending', 'Shipped', 'Cancelled'] as const;

const USER_NAMES = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy'];
const TICKET_TOPICS = [
  'Login fails',
  'Invoice is wrong',
  'Order is late',
  'Refund request',
  'Address change',
];

/** Rounds to cents without floating noise (the result is the double nearest to the decimal value). */
function cents(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Customer 1–50: `Customer 7`, `customer7@example.com`. */
function seedCustomers(): Record<string, unknown>[] {
  const rows = [];
  for (let id = 1; id <= 50; id++)
    rows.push({ Id: id, Name: `Customer ${id}`, Email: `customer${id}@example.com` });
  return rows;
}

/**
 * Orders 1–200, four per customer: orders 4c−3…4c belong to customer c.
 * Total = 10 + ((id × 37) mod 97) × 2.5, so totals run from 10.00 to 250.00.
 * Status cycles Pending, Shipped, Cancelled by id: id mod 3 = 1 → Pending, 2 → Shipped, 0 → Cancelled.
 */
function seedOrders(): Record<string, unknown>[] {
  const rows = [];
  for (let id = 1; id <= 200; id++) {
    rows.push({
      Id: id,
      CustomerId: Math.floor((id - 1) / 4) + 1,
      Total: cents(10 + ((id * 37) % 97) * 2.5),
      Status: ORDER_STATUSES[(id - 1) % 3],
    });
  }
  return rows;
}

/** Invoices 1–100: two per customer (invoice i → customer ((i−1) mod 50) + 1); Amount = 20 + ((i × 53) mod 89) × 3.25. */
function seedInvoices(): Record<string, unknown>[] {
  const rows = [];
  for (let id = 1; id <= 100; id++) {
    rows.push({ Id: id, CustomerId: ((id - 1) % 50) + 1, Amount: cents(20 + ((id * 53) % 89) * 3.25) });
  }
  return rows;
}

/** Tickets 1–60: ticket t → customer ((t−1) mod 50) + 1; open unless t is a multiple of 3. */
function seedTickets(): Record<string, unknown>[] {
  const rows = [];
  for (let id = 1; id <= 60; id++) {
    rows.push({
      Id: id,
      CustomerId: ((id - 1) % 50) + 1,
      Subject: `${TICKET_TOPICS[(id - 1) % TICKET_TOPICS.length]} #${id}`,
      IsOpen: id % 3 !== 0,
    });
  }
  return rows;
}

/** Users 1–10 (Alice…Judy); LastLogin is 2025-01-(id) 09:(id×5) UTC, or null for ids 4 and 8 (never logged in). */
function seedUsers(): Record<string, unknown>[] {
  return USER_NAMES.map((name, i) => {
    const id = i + 1;
    const lastLogin =
      id % 4 === 0 ? null : `2025-01-${String(id).padStart(2, '0')} 09:${String(id * 5).padStart(2, '0')}:00`;
    return { Id: id, Name: name, LastLogin: lastLogin };
  });
}

/** The default `AppDb` model every snippet runs against unless a lesson declares its own. */
export const defaultModel: ModelDef = defineModel({
  contextName: 'AppDb',
  entities: [
    { name: 'Customer', dbSet: 'Customers', properties: { Id: 'int', Name: 'string', Email: 'string' } },
    {
      name: 'Order',
      dbSet: 'Orders',
      properties: { Id: 'int', CustomerId: 'int', Total: 'double', Status: 'string' },
    },
    { name: 'Invoice', dbSet: 'Invoices', properties: { Id: 'int', CustomerId: 'int', Amount: 'double' } },
    {
      name: 'Ticket',
      dbSet: 'Tickets',
      properties: { Id: 'int', CustomerId: 'int', Subject: 'string', IsOpen: 'bool' },
    },
    { name: 'AuditEntry', dbSet: 'AuditLog', properties: { Id: 'int', Message: 'string', At: 'datetime' } },
    {
      name: 'User',
      dbSet: 'Users',
      properties: { Id: 'int', Name: 'string', LastLogin: { type: 'datetime', nullable: true } },
    },
  ],
  // Customer.Orders ↔ Order.Customer, the one relationship of the default model (issue 14:
  // Include, fix-up and graph attach). Invoices and Tickets keep a bare CustomerId.
  relationships: [
    {
      principal: 'Customer',
      dependent: 'Order',
      foreignKey: 'CustomerId',
      principalNavigation: 'Orders',
      dependentNavigation: 'Customer',
    },
  ],
  seed: {
    Customer: seedCustomers(),
    Order: seedOrders(),
    Invoice: seedInvoices(),
    Ticket: seedTickets(),
    AuditEntry: [],
    User: seedUsers(),
  },
});
