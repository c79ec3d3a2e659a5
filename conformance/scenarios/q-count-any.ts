// CountAsync and AnyAsync, without and with predicates.
const all = await db.Invoices.CountAsync();
const some = await db.Invoices.CountAsync(i => i.CustomerId == 7);
const any = await db.Users.AnyAsync();
const yes = await db.Users.AnyAsync(u => u.Name == "Bob");
const no = await db.Users.Where(u => u.Id > 5).AnyAsync(u => u.Name == "Bob");
console.log(`${all} ${some} ${any ? "True" : "False"} ${yes ? "True" : "False"} ${no ? "True" : "False"}`);
