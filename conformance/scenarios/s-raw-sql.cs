// Raw SQL: rows affected, parameters, and the detector.
var n = await db.Database.ExecuteSqlRawAsync("UPDATE \"Tickets\" SET \"IsOpen\" = {0} WHERE \"CustomerId\" = {1}", false, 4);
Console.WriteLine($"{n} rows");
var pending = db.Tickets.CountAsync(x => x.IsOpen);
await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditLog\"");
Console.WriteLine($"{await pending}");
