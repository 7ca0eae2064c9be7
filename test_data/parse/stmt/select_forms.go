package main

import (
	"fmt"
	"time"
)

func blockForever() {
	select {}
}

func main() {
	data := make(chan int, 1)
	quit := make(chan struct{})
	acks := make(chan bool, 1)
	var last int
	data <- 1
	for i := 0; i < 4; i++ {
		select {
		case v := <-data:
			fmt.Println("received", v)
			acks <- true
		case v, ok := <-quit:
			fmt.Println("quit", v, ok)
			return
		case last = <-data:
			fmt.Println("last", last)
		case <-acks:
			fmt.Println("ack")
			close(quit)
		case data <- i * 10:
			fmt.Println("sent", i*10)
		case <-time.After(time.Second):
			fmt.Println("timeout")
		default:
			fmt.Println("idle")
		}
	}
	if false {
		blockForever()
	}
}
