package main

import "fmt"

func main() {
	data := []string{"a", "b"}
	get := func(i int) string { return data[i] }
	for i := 0; i < 3; i++ {
		fmt.Println(get(i))
	}
}
