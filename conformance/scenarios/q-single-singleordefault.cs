// SingleAsync with a predicate and after Where; SingleOrDefaultAsync hit and miss.
var one = await db.Users.SingleAsync(u => u.Name == "Carol");
var two = await db.Users.Where(u => u.Id == 5).SingleAsync();
var hit = await db.Users.SingleOrDefaultAsync(u => u.Name == "Judy");
var miss = await db.Users.Where(u => u.Name == "Mallory").SingleOrDefaultAsync();
Console.WriteLine($"{one.Id} {two.Name} {hit?.Id} {(miss == null ? "null" : "found")}");
