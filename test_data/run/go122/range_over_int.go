// golden: by hand — `for i := range n` over an integer (Go 1.22, LANGUAGE.md); Go 1.19 cannot build it.
package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %v\n", i, i)
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	total := 0
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		total += i
	}
	fmt.Println(total)
}
