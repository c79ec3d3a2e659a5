// ExecuteSqlRaw (sync), without parameters and with one.
const a = db.Database.ExecuteSqlRaw('DELETE FROM "Invoices" WHERE "Id" > 95');
const b = db.Database.ExecuteSqlRaw('DELETE FROM "Invoices" WHERE "CustomerId" = {0}', 1);
console.log(`${a} ${b} ${db.Invoices.Count()}`);
