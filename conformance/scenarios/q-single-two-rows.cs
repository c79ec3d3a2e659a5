// SingleAsync when two rows match throws.
var customerId = 2;
var invoice = await db.Invoices.SingleAsync(i => i.CustomerId == customerId);
Console.WriteLine(invoice.Id);
