// Single on two rows, in a caught block: System.Linq's message, with its period.
try {
  await db.Orders.SingleAsync(o => o.CustomerId == 3);
} catch (Exception e) {
  Console.WriteLine(e.Message);
}
