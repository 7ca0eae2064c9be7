package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra")
	fmt.Println(fmt.Sprintf("%s", nil), fmt.Sprintf("%d", nil))
}
