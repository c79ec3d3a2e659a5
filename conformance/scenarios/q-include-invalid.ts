// Include of a property that is not a navigation: C# compiles it, EF Core refuses it when the query is compiled.
// @ts-expect-error: TypeScript's Include takes navigations only; C#'s takes any property.
const customers = await db.Customers.Include(c => c.Name).ToListAsync();
console.log(customers.length);
