package main

import "fmt"

type T struct{}

func main() {
	var v interface{}
	t := v.(T)
	fmt.Println(t)
}
