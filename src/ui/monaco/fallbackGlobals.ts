/** Minimal snippet globals for IntelliSense until src/runner/snippet-globals.d.ts exists. */
export const FALLBACK_GLOBALS = `
interface Queryable<T> {
  Where(predicate: (x: T) => boolean): Queryable<T>;
  OrderBy(key: (x: T) => unknown): Queryable<T>;
  Take(n: number): Queryable<T>;
  AsNoTracking(): Queryable<T>;
  ToListAsync(): Promise<T[]>;
  CountAsync(): Promise<number>;
  FirstOrDefaultAsync(): Promise<T | null>;
}
interface Customer { Id: number; Name: string; Email: string }
interface Order { Id: number; CustomerId: number; Total: number; Status: string }
interface Ticket { Id: number; CustomerId: number; Subject: string; IsOpen: boolean }
declare class AppDb {
  Customers: Queryable<Customer>;
  Orders: Queryable<Order>;
  Tickets: Queryable<Ticket>;
  SaveChangesAsync(): Promise<number>;
  [Symbol.asyncDispose](): Promise<void>;
}
declare const db: AppDb;
declare const factory: { CreateDbContext(): AppDb; CreateDbContextAsync(): Promise<AppDb> };
declare const console: { log(...args: unknown[]): void; error(...args: unknown[]): void };
`;
