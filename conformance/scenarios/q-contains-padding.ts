// EF Core 10 pads a parameterized collection's parameters: lists of 6, 10 and 11 elements.
const six = [1, 2, 3, 4, 5, 6];
const a = await db.Customers.CountAsync(c => six.includes(c.Id));
const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const b = await db.Customers.CountAsync(c => ten.includes(c.Id));
const eleven = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const d = await db.Customers.CountAsync(c => !eleven.includes(c.Id));
console.log(`${a} ${b} ${d}`);
