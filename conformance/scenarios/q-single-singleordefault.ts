// SingleAsync with a predicate and after Where; SingleOrDefaultAsync hit and miss.
const one = await db.Users.SingleAsync(u => u.Name == "Carol");
const two = await db.Users.Where(u => u.Id == 5).SingleAsync();
const hit = await db.Users.SingleOrDefaultAsync(u => u.Name == "Judy");
const miss = await db.Users.Where(u => u.Name == "Mallory").SingleOrDefaultAsync();
console.log(`${one.Id} ${two.Name} ${hit?.Id} ${miss === null ? "null" : "found"}`);
