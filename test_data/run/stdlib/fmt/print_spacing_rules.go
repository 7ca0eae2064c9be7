package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y")
	t := fmt.Sprintln("x", 1)
	fmt.Printf("%q %q\n", s, t)
	fmt.Print()
	fmt.Println()
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
