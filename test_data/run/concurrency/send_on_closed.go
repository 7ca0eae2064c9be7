package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	defer func() {
		fmt.Println("recovered:", recover())
		var nilch chan int
		defer func() { fmt.Println("recovered:", recover()) }()
		close(nilch)
	}()
	ch <- 1
}
