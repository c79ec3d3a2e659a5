// Fix 1: materialize the rows, then run the other query. One operation at a time.
async Task<int> ExportTickets()
{   var tickets = await db.Tickets.OrderBy(t => t.Id).Take(5).ToListAsync();
    foreach (var ticket in tickets)
    {   var customer = await db.Customers.FindAsync(ticket.CustomerId);
        Console.WriteLine($"#{ticket.Id} {ticket.Subject} ({customer?.Name})");
    }
    return tickets.Count;
}

var exported = await ExportTickets();
var orderCount = await db.Orders.CountAsync();
Console.WriteLine($"Exported {exported} tickets; {orderCount} orders in total");
