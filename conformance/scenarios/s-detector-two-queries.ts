// Two queries started together on one context: the second one throws, the first completes.
const orders = db.Orders.ToListAsync();
const customers = db.Customers.CountAsync();
try {
  await customers;
} catch (e) {
  console.log(e instanceof InvalidOperationException ? 'second refused' : 'other');
}
console.log(`${(await orders).length} orders`);
