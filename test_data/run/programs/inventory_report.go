package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Inventory []Item

func (inv Inventory) Total() float64 {
	t := 0.0
	for _, it := range inv {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func (inv Inventory) LowStock(limit int) []string {
	var names []string
	for _, it := range inv {
		if it.Qty < limit {
			names = append(names, it.Name)
		}
	}
	return names
}

func (inv Inventory) String() string {
	var b strings.Builder
	for i, it := range inv {
		fmt.Fprintf(&b, "%2d. %-8s x%3d @ %7.2f\n", i+1, it.Name, it.Qty, it.Price)
	}
	fmt.Fprintf(&b, "total: %.2f", inv.Total())
	return b.String()
}

func main() {
	inv := Inventory{{"bolt", 120, 0.05}, {"nut", 3, 0.04}, {"gear", 7, 12.5}, {"spring", 1, 1.25}}
	fmt.Println(inv)
	fmt.Println("low:", inv.LowStock(5))
	fmt.Printf("%v\n", inv[2])
}
