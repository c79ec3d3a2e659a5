// Contains with one element (captured and inline), a longer captured list, and captured values in an inline array.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const one = [7];
const a = await ctx.Customers.CountAsync(c => one.includes(c.Id));
const b = await ctx.Customers.CountAsync(c => [7].includes(c.Id));
const many = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const d = await ctx.Customers.CountAsync(c => many.includes(c.Id));
const x = 4;
const y = 6;
const e = await ctx.Customers.CountAsync(c => [x, y, 8].includes(c.Id));
console.log(`${a} ${b} ${d} ${e}`);
