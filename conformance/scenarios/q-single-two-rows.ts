// SingleAsync when two rows match throws.
const customerId = 2;
const invoice = await db.Invoices.SingleAsync(i => i.CustomerId == customerId);
console.log(invoice.Id);
