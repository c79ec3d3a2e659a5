// Raw SQL: rows affected, parameters, and the detector.
const n = await db.Database.ExecuteSqlRawAsync('UPDATE "Tickets" SET "IsOpen" = {0} WHERE "CustomerId" = {1}', false, 4);
console.log(`${n} rows`);
const pending = db.Tickets.CountAsync(x => x.IsOpen);
await db.Database.ExecuteSqlRawAsync('DELETE FROM "AuditLog"');
console.log(`${await pending}`);
