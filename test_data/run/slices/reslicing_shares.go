package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	fmt.Println(a, len(a), cap(a))
	a[0] = 100
	fmt.Println(base)
	a = append(a, 99) // fits: overwrites base[5]
	fmt.Println(base, a)
	c := base[6:]
	c = append(c, 1, 2, 3) // reallocates
	c[0] = -1
	fmt.Println(base, c)
	full := base[1:3:4]
	fmt.Println(full, len(full), cap(full))
	full = append(full, 50)
	full = append(full, 51)
	full[0] = -9
	fmt.Println(base, full)
}
