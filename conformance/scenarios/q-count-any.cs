// CountAsync and AnyAsync, without and with predicates.
var all = await db.Invoices.CountAsync();
var some = await db.Invoices.CountAsync(i => i.CustomerId == 7);
var any = await db.Users.AnyAsync();
var yes = await db.Users.AnyAsync(u => u.Name == "Bob");
var no = await db.Users.Where(u => u.Id > 5).AnyAsync(u => u.Name == "Bob");
Console.WriteLine($"{all} {some} {(any ? "True" : "False")} {(yes ? "True" : "False")} {(no ? "True" : "False")}");
