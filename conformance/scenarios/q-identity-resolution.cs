// A tracking query returns the already-tracked, modified instance (not the database values).
var customer = await db.Customers.FirstAsync(c => c.Id == 10);
customer.Name = "Local edit";
var again = await db.Customers.Where(c => c.Id >= 10 && c.Id <= 11).OrderBy(c => c.Id).ToListAsync();
var state = db.Entry(again[0]).State;
Console.WriteLine($"{again[0].Name} / {again[1].Name} same: {(again[0] == customer ? "yes" : "no")} {state}");
