// Include of a property that is not a navigation: C# compiles it, EF Core refuses it when the query is compiled.
// (The TypeScript twin needs @ts-expect-error here: its Include takes navigations only.)
var customers = await db.Customers.Include(c => c.Name).ToListAsync();
Console.WriteLine(customers.Count);
