package main

import "fmt"

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	fmt.Println(len(ch), cap(ch))

	// ping-pong: each side waits for the other
	ping, pong := make(chan string), make(chan string)
	go func() {
		for m := range ping {
			pong <- m + "!"
		}
		close(pong)
	}()
	for _, w := range []string{"a", "b", "c"} {
		ping <- w
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok = <-pong
	fmt.Println("pong closed:", !ok)
}
