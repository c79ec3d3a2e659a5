// Include of a collection: LEFT JOIN ordered by the root's key; First/Single/Skip/Take push the root into a subquery.
var id = 2;
var customers = await db.Customers.Include(c => c.Orders).Where(c => c.Id <= id).ToListAsync();
Console.WriteLine($"{customers.Count} {customers[0].Orders.Count} {customers[1].Orders.Count}");
var first = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == id);
Console.WriteLine($"{first.Orders.Count} same: {(first == customers[1] ? "yes" : "no")}");
var paged = await db.Customers.Include(c => c.Orders).OrderBy(c => c.Name).Skip(1).Take(2).ToListAsync();
Console.WriteLine($"{paged.Count} {paged[0].Name} {paged[0].Orders.Count}");
var single = await db.Customers.Include(c => c.Orders).SingleOrDefaultAsync(c => c.Id == 9);
Console.WriteLine($"{single?.Orders.Count}");
var ordered = await db.Customers.Include(c => c.Orders).Where(c => c.Id > 48).OrderByDescending(c => c.Email).ToListAsync();
Console.WriteLine($"{ordered[0].Id} {ordered[0].Orders.Count}");
var n = await db.Customers.Include(c => c.Orders).CountAsync();
Console.WriteLine($"{n}");
