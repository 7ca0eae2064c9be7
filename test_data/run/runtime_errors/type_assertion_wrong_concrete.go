package main

import "fmt"

func main() {
	var v interface{} = "a string"
	fmt.Println(v.(string))
	n := v.(int)
	fmt.Println(n)
}
