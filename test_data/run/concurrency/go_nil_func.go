package main

import "fmt"

func main() {
	var f func()
	fmt.Println("before")
	go f()
}
