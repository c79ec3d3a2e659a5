// ExecuteSqlRaw (sync), without parameters and with one.
var a = db.Database.ExecuteSqlRaw("DELETE FROM \"Invoices\" WHERE \"Id\" > 95");
var b = db.Database.ExecuteSqlRaw("DELETE FROM \"Invoices\" WHERE \"CustomerId\" = {0}", 1);
Console.WriteLine($"{a} {b} {db.Invoices.Count()}");
