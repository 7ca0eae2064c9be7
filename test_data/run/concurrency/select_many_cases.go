// A select with more cases than fit the VM's small case buffer (eight): every case still fires, nil channels
// never do, and sends and receives mix.
package main

import "fmt"

func main() {
	var chs [12]chan int
	for i := range chs {
		if i != 5 && i != 9 {
			chs[i] = make(chan int, 4)
		}
	}
	sink := make(chan int, 100)
	for i := range chs {
		if chs[i] != nil {
			chs[i] <- i * 10
		}
	}
	seen := make(map[int]int)
	for n := 0; n < 10; n++ {
		select {
		case v := <-chs[0]:
			seen[v]++
		case v := <-chs[1]:
			seen[v]++
		case v := <-chs[2]:
			seen[v]++
		case v := <-chs[3]:
			seen[v]++
		case v := <-chs[4]:
			seen[v]++
		case v := <-chs[5]:
			seen[v]++
		case v := <-chs[6]:
			seen[v]++
		case v := <-chs[7]:
			seen[v]++
		case v := <-chs[8]:
			seen[v]++
		case v := <-chs[9]:
			seen[v]++
		case v, ok := <-chs[10]:
			seen[v]++
			if !ok {
				fmt.Println("closed")
			}
		case v := <-chs[11]:
			seen[v]++
		}
	}
	fmt.Println(len(seen), seen)
	sent := 0
	for n := 0; n < 3; n++ {
		select {
		case <-chs[5]:
			fmt.Println("nil channel fired")
		case <-chs[9]:
			fmt.Println("nil channel fired")
		case v := <-chs[0]:
			fmt.Println("unexpected", v)
		case v := <-chs[1]:
			fmt.Println("unexpected", v)
		case v := <-chs[2]:
			fmt.Println("unexpected", v)
		case v := <-chs[3]:
			fmt.Println("unexpected", v)
		case v := <-chs[4]:
			fmt.Println("unexpected", v)
		case v := <-chs[6]:
			fmt.Println("unexpected", v)
		case sink <- n:
			sent++
		}
	}
	fmt.Println("sent", sent, len(sink))
	select {
	case <-chs[0]:
	case <-chs[1]:
	case <-chs[2]:
	case <-chs[3]:
	case <-chs[4]:
	case <-chs[5]:
	case <-chs[6]:
	case <-chs[7]:
	case <-chs[8]:
	default:
		fmt.Println("default")
	}
}
