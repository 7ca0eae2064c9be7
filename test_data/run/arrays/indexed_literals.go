package main

import "fmt"

const n = 4

func main() {
	a := [...]string{2: "two", 0: "zero", 5: "five"}
	fmt.Println(len(a), a)
	fmt.Printf("%q\n", a)
	var sq [n]int
	for i := range sq {
		sq[i] = i * i
	}
	fmt.Println(sq)
	b := [5]int{1, 2}
	fmt.Println(b)
	s := []int{5: 1, 2, 3}
	fmt.Println(s, len(s))
}
