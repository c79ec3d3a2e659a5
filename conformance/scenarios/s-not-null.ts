// A failing save: NOT NULL violation.
db.Customers.Add(new Customer({ Id: 70, Name: null as unknown as string, Email: 'n@example.com' }));
console.log('saving');
await db.SaveChangesAsync();
console.log('not reached');
